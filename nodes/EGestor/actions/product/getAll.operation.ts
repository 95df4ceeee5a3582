import { getManyOperation } from '../common';
import { product } from './info';

export const { description, execute } = getManyOperation(product, 'products');
