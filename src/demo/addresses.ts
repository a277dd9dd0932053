/**
 * The address plan: each site (slot) owns a /19 of 10.32.0.0/11 for its LAN and a /22 of
 * 172.16.0.0/12 for its DMZ. Slots are dense (0 national, 1-17 regions, establishments
 * after), so at scale 2 (~620 sites) everything still fits.
 */
const LAN_BASE = ipToInt("10.32.0.0");
const LAN_BITS = 13;
const DMZ_BASE = ipToInt("172.16.0.0");
const DMZ_BITS = 10;

export function lanCidr(slot: number): string {
  return `${intToIp(LAN_BASE + slot * 2 ** LAN_BITS)}/${32 - LAN_BITS}`;
}

export function dmzCidr(slot: number): string {
  return `${intToIp(DMZ_BASE + slot * 2 ** DMZ_BITS)}/${32 - DMZ_BITS}`;
}

/** The n-th host address (n from 0) of a site's LAN or DMZ; throws when the block is full. */
export function hostAddress(slot: number, zone: "lan" | "dmz", n: number): string {
  const bits = zone === "lan" ? LAN_BITS : DMZ_BITS;
  if (n + 2 >= 2 ** bits) throw new RangeError(`site slot ${slot}: ${zone} block /${32 - bits} is full`);
  const base = (zone === "lan" ? LAN_BASE : DMZ_BASE) + slot * 2 ** bits;
  return intToIp(base + n + 1);
}

function ipToInt(ip: string): number {
  return ip.split(".").reduce((acc, part) => acc * 256 + Number(part), 0);
}

function intToIp(n: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join(".");
}
