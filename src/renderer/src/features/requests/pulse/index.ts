export { PulseView } from './PulseView'
