/**
 * The planted Java cases: plain, nested (war, ear, four levels), Spring Boot, renamed,
 * shaded, manifest-only, file-name-only, log4j 1.x, mitigated and backported log4j-core.
 */
import { type Coordinates, JNDI_LOOKUP_CLASS, jar, log4jCore, mavenJar, mavenPurl } from "./jar-builder.js";
import type { Planted } from "./planted.js";

const REMOVED = { "needle:log4j:jndilookup-removed": "true" };

function plantJar(p: Planted, testCase: string, relative: string, c: Coordinates): void {
  p.expect(testCase, mavenPurl(c), p.write(relative, mavenJar(c)));
}

function plantNested(p: Planted): void {
  const api = { groupId: "org.apache.logging.log4j", artifactId: "log4j-api", version: "2.16.0" };
  const war = jar({
    nested: {
      "WEB-INF/lib/log4j-core-2.16.0.jar": mavenJar(log4jCore("2.16.0")),
      "WEB-INF/lib/log4j-api-2.16.0.jar": mavenJar(api),
    },
  });
  const warPath = p.write("java/webapps/shop.war", war);
  p.expect("jar in a war", mavenPurl(log4jCore("2.16.0")), `${warPath}!/WEB-INF/lib/log4j-core-2.16.0.jar`);
  p.expect("jar in a war", mavenPurl(api), `${warPath}!/WEB-INF/lib/log4j-api-2.16.0.jar`);

  const innerWar = jar({ nested: { "WEB-INF/lib/log4j-core-2.14.1.jar": mavenJar(log4jCore("2.14.1")) } });
  const earPath = p.write("java/srv/app.ear", jar({ nested: { "web.war": innerWar } }));
  p.expect(
    "jar in a war in an ear",
    mavenPurl(log4jCore("2.14.1")),
    `${earPath}!/web.war!/WEB-INF/lib/log4j-core-2.14.1.jar`,
  );

  const level3 = jar({ nested: { "lib/log4j-core-2.10.0.jar": mavenJar(log4jCore("2.10.0")) } });
  const level2 = jar({ nested: { "WEB-INF/lib/level3.jar": level3 } });
  const deepPath = p.write("java/deep/outer.ear", jar({ nested: { "level2.war": level2 } }));
  p.expect(
    "four levels deep",
    mavenPurl(log4jCore("2.10.0")),
    `${deepPath}!/level2.war!/WEB-INF/lib/level3.jar!/lib/log4j-core-2.10.0.jar`,
  );
}

function plantSpringBoot(p: Planted): void {
  const app = { groupId: "com.example", artifactId: "demo-app", version: "1.0.0" };
  const libs: Coordinates[] = [
    { groupId: "org.springframework", artifactId: "spring-core", version: "5.3.20" },
    { groupId: "org.apache.logging.log4j", artifactId: "log4j-api", version: "2.17.1" },
    log4jCore("2.17.1"),
  ];
  const nested = Object.fromEntries(
    libs.map((c) => [`BOOT-INF/lib/${c.artifactId}-${c.version}.jar`, mavenJar(c)]),
  );
  const bytes = jar({
    poms: [app],
    nested,
    storeNested: true,
    classes: ["BOOT-INF/classes/com/example/App.class"],
  });
  const path = p.write("java/boot/demo-app.jar", bytes);
  p.expect("Spring Boot fat jar", mavenPurl(app), path);
  for (const c of libs)
    p.expect("Spring Boot fat jar", mavenPurl(c), `${path}!/BOOT-INF/lib/${c.artifactId}-${c.version}.jar`);
}

function plantShaded(p: Planted): void {
  const own = { groupId: "com.example", artifactId: "cli-tool", version: "3.2.0" };
  const embedded: Coordinates[] = [
    log4jCore("2.13.3"),
    { groupId: "com.google.guava", artifactId: "guava", version: "31.1-jre" },
    { groupId: "commons-io", artifactId: "commons-io", version: "2.11.0" },
  ];
  const path = p.write(
    "java/tools/cli-tool-3.2.0-all.jar",
    jar({ poms: [own, ...embedded], classes: [JNDI_LOOKUP_CLASS] }),
  );
  p.expect("shaded uber-jar (own identity)", mavenPurl(own), path);
  for (const c of embedded) p.expect("shaded uber-jar (embedded)", mavenPurl(c), path);
}

function plantIdentityFallbacks(p: Planted): void {
  const textUtil = jar({
    manifest: {
      "Implementation-Title": "commons-text",
      "Implementation-Version": "1.9",
      "Implementation-Vendor-Id": "org.apache.commons",
    },
  });
  p.expect(
    "manifest-only jar",
    "pkg:maven/org.apache.commons/commons-text@1.9",
    p.write("java/legacy/textutil.jar", textUtil),
  );
  const group = "org.example.very.long.bundle.symbolic.name.that.needs.continuation.lines";
  const bundle = jar({
    manifest: { "Bundle-SymbolicName": `${group}.core;singleton:=true`, "Bundle-Version": "4.5.6" },
  });
  p.expect(
    "manifest-only jar (continued Bundle-SymbolicName)",
    `pkg:maven/${group}/core@4.5.6`,
    p.write("java/osgi/bundle.jar", bundle),
  );

  const beta = jar({ classes: [JNDI_LOOKUP_CLASS] });
  p.expect(
    "file-name-only jar",
    mavenPurl(log4jCore("2.0-beta9")),
    p.write("java/old/log4j-core-2.0-beta9.jar", beta),
  );
  const collections = jar({ classes: ["org/apache/commons/collections/Bag.class"] });
  p.expect(
    "file-name-only jar",
    "pkg:maven/commons-collections/commons-collections@3.2.1",
    p.write("java/old/commons-collections-3.2.1.jar", collections),
  );
  p.expect(
    "renamed jar",
    mavenPurl(log4jCore("2.11.1")),
    p.write("java/ext/logging.jar", mavenJar(log4jCore("2.11.1"))),
  );
}

export function plantJava(p: Planted): void {
  plantJar(p, "plain jar", "java/lib/jackson-databind-2.13.0.jar", {
    groupId: "com.fasterxml.jackson.core",
    artifactId: "jackson-databind",
    version: "2.13.0",
  });
  plantJar(p, "log4j 1.2.17", "java/old/log4j-1.2.17.jar", {
    groupId: "log4j",
    artifactId: "log4j",
    version: "1.2.17",
  });
  plantJar(p, "backport 2.3.2", "java/lib/log4j-core-2.3.2.jar", log4jCore("2.3.2"));
  plantJar(p, "backport 2.12.4", "java/lib/log4j-core-2.12.4.jar", log4jCore("2.12.4"));
  const mitigated = p.write(
    "java/patched/log4j-core-2.14.1.jar",
    mavenJar(log4jCore("2.14.1"), { jndiLookup: false }),
  );
  p.expect("log4j-core without JndiLookup.class", mavenPurl(log4jCore("2.14.1")), mitigated, REMOVED);
  plantNested(p);
  plantSpringBoot(p);
  plantShaded(p);
  plantIdentityFallbacks(p);
}
