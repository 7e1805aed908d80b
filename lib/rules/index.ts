// The rule registry. Order matters only where a rule reads `earlier` hits: named-photo reads
// child-name (text and image text), so it comes after it.
import type { Rule } from './rule';
import { offensiveLanguage } from './offensive-language';
import { personalData } from './personal-data';
import { sensitiveData } from './sensitive-data';
import { childName } from './child-name';
import { discussion } from './discussion';
import { unprofessional } from './unprofessional';
import { tagging } from './tagging';
import { lessonTime } from './lesson-time';
import { childPortrait } from './child-portrait';
import { photoConsent } from './photo-consent';
import { uncheckedImage } from './unchecked-image';
import { namedPhoto } from './named-photo';
import { newPage } from './new-page';

export const RULES: readonly Rule[] = [
  offensiveLanguage,
  personalData,
  sensitiveData,
  childName,
  discussion,
  unprofessional,
  tagging,
  lessonTime,
  childPortrait,
  photoConsent,
  uncheckedImage,
  namedPhoto,
  newPage,
];
