// How a file was read (format, encoding, delimiter, sheet, converted points), for the notice after a load.
import type { Crs } from './crs';
import type { Delimiter } from './dialect';

/** The text encodings a file is read in, as the notice names them. */
export type Encoding = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'GB18030';

/** How the file was read, for the notice after a load: "GB18030, full-width commas; 3 points converted from GCJ-02". */
export interface ReadInfo {
  format: 'csv' | 'json' | 'xlsx' | 'xls';
  encoding?: Encoding;
  delimiter?: Delimiter;
  sheet?: string;
  /** Points converted to WGS84, by their system. */
  converted: Partial<Record<Exclude<Crs, 'wgs84'>, number>>;
  /** The file names its coordinate system (a crs column or field): it needs no advice on Amap or Baidu points. */
  crsGiven?: boolean;
  /** Claims that gave no status or scope and were taken as in place and the zone's own (said once after the load). */
  defaultedClaims?: number;
}
