// Thin: each service lives in lib/background/ and owns one concern.
import { startImageHost } from '@/lib/background/image-host';

export default defineBackground(() => {
  startImageHost();
});
