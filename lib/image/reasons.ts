// The specific reason, in Dutch and English, for each way an image can escape analysis.
// The unchecked-image rule shows these words to the user; keep them short and concrete.
import type { Localized } from '../types';

export const REASONS = {
  empty: { nl: 'het bestand is leeg (0 bytes)', en: 'the file is empty (0 bytes)' },
  heic: { nl: 'HEIC-foto’s (iPhone) kan Postwijs niet lezen; sla de foto op als JPEG', en: 'Postwijs cannot read HEIC photos (iPhone); save the photo as JPEG' },
  avif: { nl: 'AVIF-afbeeldingen kan Postwijs niet lezen; gebruik JPEG of PNG', en: 'Postwijs cannot read AVIF images; use JPEG or PNG' },
  video: { nl: 'video’s kan Postwijs niet controleren; bekijk zelf wie erin herkenbaar is', en: 'Postwijs cannot check videos; check yourself who can be recognised in it' },
  unknown: { nl: 'dit bestandstype kan Postwijs niet lezen', en: 'Postwijs cannot read this file type' },
  corrupt: { nl: 'het bestand is beschadigd of onvolledig en kon niet worden gelezen', en: 'the file is damaged or incomplete and could not be read' },
  tooLargeBytes: (mb: number): Localized => ({ nl: `het bestand is groter dan 25 MB (${mb} MB)`, en: `the file is larger than 25 MB (${mb} MB)` }),
  tooManyPixels: (w: number, h: number): Localized => ({
    nl: `de afbeelding is te groot om te controleren (${w} × ${h} pixels)`,
    en: `the image is too large to check (${w} × ${h} pixels)`,
  }),
  timeout: { nl: 'de controle van de foto duurde te lang', en: 'checking the photo took too long' },
  engine: (detail: string): Localized => ({ nl: `de fotocontrole is mislukt (${detail})`, en: `the photo check failed (${detail})` }),
} as const;
