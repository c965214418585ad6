const kb = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** 512 bytes, 12.3 KB, 4.9 MB (1 KB = 1,024 bytes, as file managers count). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${kb.format(bytes / 1024)} KB`;
  return `${kb.format(bytes / (1024 * 1024))} MB`;
}
