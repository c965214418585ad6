// The programme as a pack folder in a zip (programme.json and the CSV files), which the command
// line loader reads once unzipped. The CSV files are the pack format verbatim (a value is never
// altered for a spreadsheet's sake, since the loader must read back the same figures); open the
// business-case workbook for a spreadsheet view.
import { packToFiles, type Pack } from '@outcomes/db';
import JSZip from 'jszip';

export async function packZip(pack: Pack): Promise<Buffer> {
  const zip = new JSZip();
  const folder = zip.folder(pack.programme.id);
  if (folder === null) throw new Error('jszip could not make the pack folder');
  for (const [file, text] of packToFiles(pack)) folder.file(file, text);
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
