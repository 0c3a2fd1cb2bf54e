import type { ThemeConfig } from "antd";

/**
 * antd's defaults, with colours dark enough for WCAG 2.1 AA on white (its primary #1677ff and
 * secondary text at 45% black fall short of 4.5:1).
 */
export const CONSOLE_THEME: ThemeConfig = {
  token: {
    colorPrimary: "#0958d9",
    colorLink: "#0958d9",
    // antd lightens these on hover and press, below 4.5:1 on white (and under white button text).
    colorLinkHover: "#003eb3",
    colorLinkActive: "#002c8c",
    colorPrimaryHover: "#003eb3",
    colorPrimaryActive: "#002c8c",
    colorTextSecondary: "rgba(0, 0, 0, 0.68)",
    colorTextDescription: "rgba(0, 0, 0, 0.68)",
    colorTextTertiary: "rgba(0, 0, 0, 0.65)",
    colorTextPlaceholder: "rgba(0, 0, 0, 0.6)",
    colorTextQuaternary: "rgba(0, 0, 0, 0.6)",
    colorTextDisabled: "rgba(0, 0, 0, 0.6)",
    fontSize: 15,
  },
  components: { Layout: { headerBg: "#ffffff", bodyBg: "#f5f5f5" } },
};
