/** Strings that would run script or inject markup if anything treated them as HTML. */
export const XSS_CORPUS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=1</script>',
  '"><svg onload="window.__xss=1">',
  "javascript:window.__xss=1",
  '<a href="javascript:window.__xss=1">click</a>',
  '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe>',
  '{{constructor.constructor("window.__xss=1")()}}',
  '${window.__xss=1}',
  '<style>*{display:none}</style>',
  '\u202Egnp.exe',
];
