import { render } from 'preact';
render(<p>Sourcelight</p>, document.getElementById('app')!);
