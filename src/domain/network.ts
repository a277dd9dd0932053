/**
 * The network as Needle models it: segments (a unit's addresses), links between segments
 * with their bandwidth, the flows a firewall allows, and the services assets need from each
 * other (a hospital's viewer needs the regional radiology service).
 */
export interface Segment {
  name: string;
  unit: string;
  cidrs: string[];
}

export interface Link {
  from: string;
  to: string;
  /** Bandwidth in kbit/s (the seeds' WAN links are 128, 256 and 512). */
  kbps: number;
}

export interface Flow {
  from: string;
  to: string;
  protocol: "tcp" | "udp" | "icmp" | "any";
  /** Port list as written by people: "135", "80,443", "1024-65535", "" for any. */
  ports: string;
}

export interface ServiceDependency {
  /** The asset that needs the service, as `unit/name` or a unique name. */
  from: string;
  /** The asset that provides it. */
  to: string;
  label: string;
}

export interface NetworkDocument {
  segments: Segment[];
  links: Link[];
  flows: Flow[];
  dependencies: ServiceDependency[];
}
