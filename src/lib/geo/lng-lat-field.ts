import { inputText } from '../../i18n/zh-CN/input.ts';
import { checked, withJsonShape } from '../input/index.ts';
import { placeWords } from '../regions/index.ts';
import { boundariesLoad, isInsideProvince, provinceExtent } from './index.ts';

type LngLat = [number, number];

/**
 * `location: [lng, lat]`, as lighting files and event venues write it. Map
 * apps and search results give the latitude first (23.1064, 113.3245); a
 * pair that lies in the province read the other way round is answered with
 * the pair to write. `inside`: a point outside the province is an error (a
 * lighting landmark is the province's own); without it, the reader checks
 * warn instead, as an event may be held elsewhere.
 */
export function lngLatField({ inside }: { inside: boolean }) {
  const check = checked((value, reject): LngLat => {
    // The extent is read for a message only: a valid pair needs neither the settings nor the boundary file.
    const where = () => provinceExtent();
    if (value === undefined) return reject(inputText.location.missing(where()));
    if (!Array.isArray(value) || value.length !== 2 || !value.every((n) => typeof n === 'number' && Number.isFinite(n))) {
      const text = pairText(value);
      const pair = text === undefined ? undefined : numberPairIn(text);
      return reject(pair ? inputText.location.pairAsText(text!, lngFirst(pair)) : inputText.location.malformed(where(), value));
    }
    const [lng, lat] = value as LngLat;
    const swapped = () => inProvince([lat, lng]);
    if (Math.abs(lng) > 180 || Math.abs(lat) > 90) return reject(inputText.location.notLngLat(where(), lng, lat, swapped()));
    if (inside && !isInsideProvince([lng, lat])) return reject(inputText.location.outside(placeWords(), lng, lat, swapped()));
    return [lng, lat];
  });
  return withJsonShape(check, () => lngLatShape(inside));
}

/** `23.1064, 113.3245` or `（113.32，23.10）`: two numbers a map app or a document gave, in text. */
const NUMBER_PAIR = /^[\s[(［（【]*(-?\d+(?:\.\d+)?)\s*[,，、\s]\s*(-?\d+(?:\.\d+)?)[\s\])］）】]*$/u;

/** The pair as text: `23.1, 113.3`, or `[113.3，23.1]`, whose Chinese comma leaves YAML one item. */
function pairText(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  return Array.isArray(value) && value.length === 1 && typeof value[0] === 'string' ? `[${value[0]}]` : undefined;
}

function numberPairIn(text: string): LngLat | undefined {
  const match = NUMBER_PAIR.exec(text.normalize('NFKC'));
  return match ? [Number(match[1]), Number(match[2])] : undefined;
}

/** The pair the other way round when only that reading lies in the province (a map's latitude first). */
function lngFirst([a, b]: LngLat): LngLat {
  const valid = Math.abs(a) <= 180 && Math.abs(b) <= 90;
  return valid && inProvince([a, b]) ? [a, b] : inProvince([b, a]) ? [b, a] : [a, b];
}

/** A hint's question, never the error itself: without a boundary file (reported in its own right) the answer is no. */
function inProvince(lngLat: LngLat): boolean {
  return boundariesLoad() && isInsideProvince(lngLat);
}

/** Two numbers: within the province's extent, as far as a schema can say, when the point must be in it. */
function lngLatShape(inside: boolean) {
  const { lng, lat } = inside ? provinceExtent() : { lng: [-180, 180], lat: [-90, 90] };
  return {
    type: 'array',
    // Draft 7's tuple (src/lib/editor-schemas writes draft 7).
    items: [
      { type: 'number', minimum: lng[0], maximum: lng[1] },
      { type: 'number', minimum: lat[0], maximum: lat[1] },
    ],
    additionalItems: false,
    minItems: 2,
    maxItems: 2,
  };
}
