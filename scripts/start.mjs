import { serveDemo } from './serve-demo.mjs';

const { url } = await serveDemo({ port: process.env.PORT ? Number(process.env.PORT) : undefined });
console.log(`
  Internal Agent Chat demo is running (embedded backend, nothing leaves this browser):

    ${url}              pick who you are
    ${url}?as=alice     Alice Johnson
    ${url}?as=bob       Bob Smith      (open in a second tab and chat with Alice)

  Press Ctrl+C to stop.
`);
