/**
 * groupIds of widely used artifacts, for jars identified only by manifest or file name,
 * so that e.g. `log4j-core-2.0-beta9.jar` becomes `pkg:maven/org.apache.logging.log4j/log4j-core`
 * and matches its advisories. Values from Maven Central coordinates.
 */
const EXACT: Readonly<Record<string, string>> = {
  log4j: "log4j",
  "log4j-core": "org.apache.logging.log4j",
  "log4j-api": "org.apache.logging.log4j",
  "log4j-1.2-api": "org.apache.logging.log4j",
  "log4j-slf4j-impl": "org.apache.logging.log4j",
  "jackson-databind": "com.fasterxml.jackson.core",
  "jackson-core": "com.fasterxml.jackson.core",
  "jackson-annotations": "com.fasterxml.jackson.core",
  "commons-text": "org.apache.commons",
  "commons-lang3": "org.apache.commons",
  "commons-compress": "org.apache.commons",
  "commons-io": "commons-io",
  "commons-collections": "commons-collections",
  "commons-fileupload": "commons-fileupload",
  guava: "com.google.guava",
  "slf4j-api": "org.slf4j",
  "logback-core": "ch.qos.logback",
  "logback-classic": "ch.qos.logback",
  snakeyaml: "org.yaml",
  "struts2-core": "org.apache.struts",
  "tomcat-embed-core": "org.apache.tomcat.embed",
  xstream: "com.thoughtworks.xstream",
};

const PREFIXES: readonly [string, string][] = [
  ["spring-boot", "org.springframework.boot"],
  ["spring-", "org.springframework"],
  ["netty-", "io.netty"],
  ["jetty-", "org.eclipse.jetty"],
];

export function knownGroupId(artifactId: string): string | undefined {
  return EXACT[artifactId] ?? PREFIXES.find(([prefix]) => artifactId.startsWith(prefix))?.[1];
}
