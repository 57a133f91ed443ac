/** Vite's `?raw` imports: a file's text, bundled as a string (the hostile theme's stylesheet). */
declare module '*?raw' {
  const text: string;
  export default text;
}
