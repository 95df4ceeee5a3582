import { deleteOperation } from '../common';
import { product } from './info';

export const { description, execute } = deleteOperation(product);
