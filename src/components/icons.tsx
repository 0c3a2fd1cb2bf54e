// The app's own icons are inline SVG: the zaui icon font loads from Zalo's CDN and is absent offline.
interface IconProps {
  size?: number;
  className?: string;
}

export function svg(path: React.ReactNode, viewBox = "0 0 24 24") {
  return function Icon({ size = 24, className }: IconProps) {
    return (
      <svg
        width={size}
        height={size}
        viewBox={viewBox}
        fill="none"
        stroke="currentColor"
        strokeWidth={2}
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden="true"
        focusable="false"
        className={className}
      >
        {path}
      </svg>
    );
  };
}

export const BackIcon = svg(<path d="M15 18l-6-6 6-6" />);
export const ChevronIcon = svg(<path d="M9 18l6-6-6-6" />);
export const SearchIcon = svg(
  <>
    <circle cx="11" cy="11" r="7" />
    <path d="M21 21l-4.3-4.3" />
  </>,
);
export const CheckIcon = svg(<path d="M20 6L9 17l-5-5" />);
export const InfoIcon = svg(
  <>
    <circle cx="12" cy="12" r="10" />
    <path d="M12 16v-4M12 8h.01" />
  </>,
);
export const WarningIcon = svg(
  <>
    <path d="M10.3 3.9L1.8 18a2 2 0 0 0 1.7 3h17a2 2 0 0 0 1.7-3L13.7 3.9a2 2 0 0 0-3.4 0z" />
    <path d="M12 9v4M12 17h.01" />
  </>,
);
