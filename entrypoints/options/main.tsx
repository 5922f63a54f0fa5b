import { render } from 'preact';
import { Workbench } from '@/components/workbench/Workbench';
import './options.css';

render(<Workbench />, document.getElementById('app')!);
