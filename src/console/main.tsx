import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { ConsoleApp } from "./app";
import "./console.css";

createRoot(document.getElementById("console-root")!).render(
  <StrictMode>
    <ConsoleApp />
  </StrictMode>,
);
