/** The demo follows the system's light or dark preference by setting the widget's tokens. */
const DARK: Record<string, string> = {
  '--iac-color-background': '#121c2d',
  '--iac-color-background-weak': '#1f304c',
  '--iac-color-background-hover': 'rgb(255 255 255 / 0.08)',
  '--iac-color-background-selected': '#1e3a66',
  '--iac-color-background-warning': '#4a2d12',
  '--iac-color-background-error': '#4d1a1d',
  '--iac-color-text': '#f4f4f6',
  '--iac-color-text-weak': '#aeb2c1',
  '--iac-color-text-link': '#99cdff',
  '--iac-color-text-error': '#ff8a8a',
  '--iac-color-border': '#606b85',
  '--iac-color-border-weak': '#394762',
  '--iac-color-brand': '#3b8bf4',
  '--iac-color-focus': '#99cdff',
  '--iac-avatar-lightness': '30%',
  '--iac-avatar-text-lightness': '90%',
};

export function applyDemoTheme(): void {
  const dark = matchMedia('(prefers-color-scheme: dark)');
  const apply = () => {
    for (const [name, value] of Object.entries(DARK)) {
      if (dark.matches) document.documentElement.style.setProperty(name, value);
      else document.documentElement.style.removeProperty(name);
    }
  };
  apply();
  dark.addEventListener('change', apply);
}
