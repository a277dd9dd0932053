/**
 * The public face of the versioning module: schemes and their registry, `vers` ranges, and
 * OSV range evaluation. Other modules import from here.
 */
export {
  InvalidOsvRangeError,
  InvalidVersionError,
  InvalidVersRangeError,
  LossyRangeConversionError,
  UnknownSchemeError,
} from "./errors.js";
export {
  compileAffected,
  isAffected,
  type OsvAffectedVersions,
  type OsvEvent,
  type OsvRange,
  osvEventSchema,
  osvRangeSchema,
  sortEvents,
} from "./osv-range.js";
export { type OsvEquivalent, osvRangeToVers, versToOsv } from "./osv-vers.js";
export {
  schemeById,
  schemeByName,
  schemeForEcosystem,
  schemeForPurlType,
  schemeIds,
  schemes,
} from "./registry.js";
export type { Scheme } from "./scheme.js";
export {
  containsVersion,
  formatVers,
  parseVers,
  type VersComparator,
  type VersConstraint,
  type VersRange,
} from "./vers.js";
