// How numbers, money and times read in a Danish report. Dates use formatDanishDate (dd-mm-åååå).
import dayjs from 'dayjs';
import { DANISH_TIME_ZONE } from '../../common/danish-time';

export { formatDanishDate as date } from '../../citizens/calendar-days';

const integer = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('da-DK', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const money = new Intl.NumberFormat('da-DK', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** 12.345 */
export const count = (value: number): string => integer.format(value);
/** 87,5 */
export const oneDecimal = (value: number): string => decimal.format(value);
/** 1.234,50 kr. from øre. */
export const kroner = (ore: number): string => `${money.format(ore / 100)} kr.`;
/** 87,5 % from a share 0..1. */
export const percent = (share: number): string => `${decimal.format(share * 100)} %`;
/** Hours from minutes: 37,5 t. */
export const hours = (minutes: number): string => `${decimal.format(minutes / 60)} t`;
/** dd-mm-åååå kl. tt:mm in Danish time, from an ISO instant. */
export const dateTime = (instant: string): string => dayjs(instant).tz(DANISH_TIME_ZONE).format('DD-MM-YYYY [kl.] HH:mm');
