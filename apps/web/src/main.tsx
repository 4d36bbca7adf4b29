// antd 5 was written for React 16–18; this official patch adapts its imperative APIs (message, modal,
// wave effect) to React 19's root API.
import '@ant-design/v5-patch-for-react-19';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './app/global.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
createRoot(root).render(<App />);
