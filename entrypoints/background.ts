// Thin: each service lives in lib/background/ and owns one concern.
import { startImageHost } from '@/lib/background/image-host';
import { startOpenOptions } from '@/lib/background/open-options';
import { startListsHost } from '@/lib/background/lists-host';

export default defineBackground(() => {
  startImageHost();
  startOpenOptions();
  startListsHost();
});
