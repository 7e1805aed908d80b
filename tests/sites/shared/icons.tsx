/** @jsxImportSource react */
// Inline SVG icons (no icon fonts or emoji: test machines may lack the fonts, and nothing may be
// loaded from elsewhere).
const common = { width: 20, height: 20, viewBox: '0 0 24 24', fill: 'none', stroke: 'currentColor', strokeWidth: 2, 'aria-hidden': true } as const;

export const MediaIcon = () => (
  <svg {...common}>
    <rect x="3" y="4" width="18" height="16" rx="2" />
    <circle cx="9" cy="10" r="2" />
    <path d="M21 17l-5-5-8 8" />
  </svg>
);
export const ReplyIcon = () => (
  <svg {...common}>
    <path d="M4 5h16v11H9l-5 4z" />
  </svg>
);
export const RepostIcon = () => (
  <svg {...common}>
    <path d="M7 7h11v5M17 17H6v-5M15 4l3 3-3 3M9 20l-3-3 3-3" />
  </svg>
);
export const HeartIcon = () => (
  <svg {...common}>
    <path d="M12 20s-7-4.5-7-10a4 4 0 0 1 7-2.6A4 4 0 0 1 19 10c0 5.5-7 10-7 10z" />
  </svg>
);
export const SendIcon = () => (
  <svg {...common}>
    <path d="M4 12l16-8-6 16-2-6z" />
  </svg>
);
