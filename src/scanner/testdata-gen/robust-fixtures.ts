/**
 * Planted robustness cases: corrupt, truncated and empty archives, a zip bomb, entry names
 * with `../`, symbolic link loops and a FIFO. Each must cost a warning, never a crash or hang.
 */
import { execFileSync } from "node:child_process";
import { symlinkSync } from "node:fs";
import { zipSync } from "fflate";
import { jar, mavenJar, mavenPurl } from "./jar-builder.js";
import type { Planted } from "./planted.js";

/** Entry bytes of the bomb: zeros deflate about 1000:1, far above the default ratio limit. */
const BOMB_BYTES = 24 * 1024 * 1024;

function plantArchives(p: Planted): void {
  p.warn(
    "corrupt zip",
    "archive-corrupt",
    p.write("robust/corrupt.jar", "PK\u0003\u0004 this is not really a zip file"),
  );
  const whole = mavenJar({ groupId: "com.example", artifactId: "whole", version: "1.0" });
  const truncated = p.write("robust/truncated.jar", whole.subarray(0, Math.floor(whole.byteLength / 2)));
  p.warn("truncated zip", "archive-corrupt", truncated);
  p.warn("empty file named .jar", "archive-empty", p.write("robust/empty.jar", ""));

  // The nested "jar" is 24 MiB of zeros: inflating it is the bomb (ratio about 1000).
  const zeros = new Uint8Array(BOMB_BYTES);
  const bombWar = p.write("robust/bomb.war", zipSync({ "WEB-INF/lib/bomb.jar": [zeros, { level: 9 }] }));
  p.warn("zip bomb (nested archive, high ratio)", "limit-ratio", `${bombWar}!/WEB-INF/lib/bomb.jar`);
  const manifestBomb = p.write(
    "robust/manifest-bomb.jar",
    zipSync({ "META-INF/MANIFEST.MF": [zeros, { level: 9 }] }),
  );
  p.warn("zip bomb (manifest, high ratio)", "limit-ratio", `${manifestBomb}!/META-INF/MANIFEST.MF`);

  const evil = { groupId: "com.example", artifactId: "evil", version: "6.6.6" };
  const traversal = p.write(
    "robust/traversal.jar",
    jar({ nested: { "../../../tmp/evil-6.6.6.jar": mavenJar(evil) } }),
  );
  const evilLocation = `${traversal}!/../../../tmp/evil-6.6.6.jar`;
  p.warn("../ entry name", "unsafe-entry-name", evilLocation);
  p.expect("../ entry name (read in memory, never written)", mavenPurl(evil), evilLocation);
}

function plantFileSystem(p: Planted): void {
  p.write("robust/links/.keep", "");
  symlinkSync(".", p.at("robust/links/self"));
  p.warn("symlink to an ancestor", "symlink-loop", p.at("robust/links/self"));
  symlinkSync("ping", p.at("robust/links/pong"));
  symlinkSync("pong", p.at("robust/links/ping"));
  p.warn("symlink cycle (ELOOP)", "symlink-loop", p.at("robust/links/ping"));
  p.warn("symlink cycle (ELOOP)", "symlink-loop", p.at("robust/links/pong"));
  execFileSync("mkfifo", [p.at("robust/links/fifo.jar")]);
  p.warn("FIFO named .jar (never opened)", "special-file", p.at("robust/links/fifo.jar"));
}

export function plantRobustness(p: Planted): void {
  plantArchives(p);
  plantFileSystem(p);
}
