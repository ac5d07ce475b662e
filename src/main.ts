import { mount } from 'svelte';
import dataset from 'virtual:campaigns';
import App from './App.svelte';
import { readMode } from './modes/mode';
import './styles/global.css';

const target = document.getElementById('app');
if (target) {
  mount(App, {
    target,
    props: { dataset, search: location.search, mode: readMode(location.search) },
  });
}
