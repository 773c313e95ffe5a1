import { render } from 'preact';
import { Popup } from './Popup.tsx';

document.documentElement.lang = navigator.language.toLowerCase().startsWith('id') ? 'id' : 'en';
render(<Popup />, document.getElementById('app')!);
