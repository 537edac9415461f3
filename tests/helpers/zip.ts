import yauzl from 'yauzl';

/** The text of one member of a zip file (the fixtures pack many small files in one archive). */
export async function readZipText(file: string, member: string): Promise<string> {
  const zip = await yauzl.openPromise(file, { lazyEntries: true, autoClose: false });
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName !== member && !entry.fileName.endsWith(`/${member}`)) continue;
      const stream = await zip.openReadStreamPromise(entry);
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    }
    throw new Error(`${member} is not in ${file}`);
  } finally {
    zip.close();
  }
}
