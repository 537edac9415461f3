import fs from 'node:fs';
import path from 'node:path';
import yauzl from 'yauzl';
import { ImportError } from './ImportError.js';
import { errorMessage, type Part } from './byteReader.js';

/** The member files of one shapefile layer; `close` releases the zip, if any. */
export interface Layer {
  shp: Part;
  dbf: Part | undefined;
  prj: Part | undefined;
  cpg: Part | undefined;
  close(): void;
}

function filePart(file: string): Part {
  return {
    label: path.basename(file),
    size: fs.statSync(file).size,
    crc32: null,
    open: async () => fs.createReadStream(file, { highWaterMark: 1 << 20 }),
  };
}

/** The .shp and its siblings with the same base name, extensions in any case (BATIMENT.SHP + batiment.dbf). */
export async function looseLayer(file: string): Promise<Layer> {
  const dir = path.dirname(file);
  const base = path.basename(file).replace(/\.shp$/i, '');
  const names = await fs.promises.readdir(dir);
  const sibling = (ext: string) => {
    const matches = names.filter((n) => n.toLowerCase() === `${base}${ext}`.toLowerCase());
    const best = matches.find((n) => n.startsWith(base)) ?? matches[0];
    return best === undefined ? undefined : filePart(path.join(dir, best));
  };
  return {
    shp: filePart(file),
    dbf: sibling('.dbf'),
    prj: sibling('.prj'),
    cpg: sibling('.cpg'),
    close: () => undefined,
  };
}

/** The chosen .shp inside a zip (`layer` by base name, else `batiment`, else the only one) and its siblings. */
export async function zipLayer(file: string, layer: string | undefined): Promise<Layer> {
  const zipLabel = path.basename(file);
  let zip: yauzl.ZipFile;
  try {
    zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false });
  } catch (error) {
    throw new ImportError(`${zipLabel} is not a readable zip archive: ${errorMessage(error)}`);
  }
  try {
    const entries = new Map<string, yauzl.Entry>();
    try {
      for await (const entry of zip.eachEntry()) {
        // Folders, and the resource forks macOS adds, are not layers.
        if (entry.fileName.endsWith('/') || /(^|\/)(__MACOSX\/|\._)/.test(entry.fileName)) continue;
        entries.set(entry.fileName.toLowerCase(), entry);
      }
    } catch (error) {
      throw new ImportError(`${zipLabel} is a corrupt zip archive: ${errorMessage(error)}`);
    }
    const shps = [...entries.values()].filter((e) => /\.shp$/i.test(e.fileName));
    const baseName = (e: yauzl.Entry) =>
      path.posix
        .basename(e.fileName)
        .replace(/\.shp$/i, '')
        .toLowerCase();
    const list = shps.map((e) => e.fileName).join(', ');
    let chosen: yauzl.Entry[];
    if (layer !== undefined) {
      const wanted = layer.toLowerCase().replace(/\.shp$/i, '');
      chosen = shps.filter((e) => baseName(e) === wanted || e.fileName.toLowerCase() === `${wanted}.shp`);
      if (chosen.length === 0)
        throw new ImportError(`${zipLabel} holds no shapefile named "${layer}"; it holds: ${list || 'none'}`);
    } else {
      const batiment = shps.filter((e) => baseName(e) === 'batiment');
      chosen = batiment.length > 0 ? batiment : shps;
      if (chosen.length === 0) throw new ImportError(`${zipLabel} holds no .shp file`);
    }
    if (chosen.length > 1) {
      throw new ImportError(
        `${zipLabel} holds several shapefiles (${chosen.map((e) => e.fileName).join(', ')}): choose one with the layer option`,
      );
    }
    const shp = chosen[0]!;
    const stem = shp.fileName.slice(0, -4).toLowerCase();
    const part = (entry: yauzl.Entry | undefined): Part | undefined =>
      entry && {
        label: `${entry.fileName} in ${zipLabel}`,
        size: entry.uncompressedSize,
        crc32: entry.crc32,
        open: async () => {
          try {
            return await zip.openReadStreamPromise(entry);
          } catch (error) {
            throw new ImportError(`${entry.fileName} in ${zipLabel} cannot be read: ${errorMessage(error)}`);
          }
        },
      };
    return {
      shp: part(shp)!,
      dbf: part(entries.get(`${stem}.dbf`)),
      prj: part(entries.get(`${stem}.prj`)),
      cpg: part(entries.get(`${stem}.cpg`)),
      close: () => zip.close(),
    };
  } catch (error) {
    zip.close();
    throw error;
  }
}
