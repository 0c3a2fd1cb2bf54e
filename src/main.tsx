import { createRoot } from "react-dom/client";
import "zmp-ui/zaui.css";
import "./css/app.css";
import { Root } from "./app";

// The zaui icon font comes from Zalo's CDN; until it has loaded, icons would show as words.
document.fonts
  ?.load("16px zaui-icons")
  .then((fonts) => {
    if (fonts.length > 0) document.documentElement.classList.add("zaui-icons-ready");
  })
  .catch(() => {
    // Offline: the icons stay hidden and our own SVG icons carry the meaning.
  });

createRoot(document.getElementById("app")!).render(<Root />);
