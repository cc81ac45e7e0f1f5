// dayjs, once: Danish locale and ISO weeks (Danish weeks start Monday; week 1 holds the first Thursday).
import dayjs from 'dayjs';
import 'dayjs/locale/da';
import isoWeek from 'dayjs/plugin/isoWeek';

dayjs.extend(isoWeek);
dayjs.locale('da');
