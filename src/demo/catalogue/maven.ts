/**
 * Java libraries (Maven coordinates, https://github.com/package-url/purl-spec maven type).
 * Versions are real releases; weights say how often each shows up in a 2021 public-sector
 * estate, where upgrades lag years behind releases.
 */
import { PackageLine } from "./package-line.js";

const LOG4J2 = "org.apache.logging.log4j";

/**
 * log4j-core 2.x from 2.0-beta9 (the first version CVE-2021-44228 affects) to 2.17.1, with
 * the Java 6 and 7 backports 2.3.1/2.3.2 and 2.12.2-2.12.4. 2.14.1 (the newest before the
 * disclosure) leads; 2.15.0-2.17.1 are the teams that already patched.
 */
export const LOG4J_CORE_WEIGHTS: readonly (readonly [string, number])[] = [
  ["2.0-beta9", 0.8],
  ["2.0-rc1", 0.3],
  ["2.0-rc2", 0.3],
  ["2.0", 0.5],
  ["2.0.1", 0.3],
  ["2.0.2", 0.8],
  ["2.1", 1],
  ["2.2", 0.8],
  ["2.3", 4],
  ["2.3.1", 0.2],
  ["2.3.2", 0.8],
  ["2.4", 0.8],
  ["2.4.1", 1.5],
  ["2.5", 1.5],
  ["2.6", 0.6],
  ["2.6.1", 1],
  ["2.6.2", 2],
  ["2.7", 3],
  ["2.8", 1],
  ["2.8.1", 1.5],
  ["2.8.2", 3.5],
  ["2.9.0", 1.5],
  ["2.9.1", 2],
  ["2.10.0", 3],
  ["2.11.0", 2],
  ["2.11.1", 3],
  ["2.11.2", 4],
  ["2.12.0", 1.5],
  ["2.12.1", 5],
  ["2.12.2", 0.3],
  ["2.12.3", 0.2],
  ["2.12.4", 1.2],
  ["2.13.0", 1.5],
  ["2.13.1", 2],
  ["2.13.2", 2],
  ["2.13.3", 5],
  ["2.14.0", 3],
  ["2.14.1", 12],
  ["2.15.0", 3],
  ["2.16.0", 4],
  ["2.17.0", 3.5],
  ["2.17.1", 2.5],
];

/** log4j 1.2.x (end of life since 2015; CVE-2019-17571, CVE-2021-4104): 1.2.17 dominates. */
export const LOG4J1_WEIGHTS: readonly (readonly [string, number])[] = [
  ["1.2.8", 0.5],
  ["1.2.9", 0.5],
  ["1.2.12", 1],
  ["1.2.13", 1],
  ["1.2.14", 2],
  ["1.2.15", 3],
  ["1.2.16", 4],
  ["1.2.17", 15],
];

const log4jVersions = LOG4J_CORE_WEIGHTS.map(([v]) => v);
export const log4jCore = new PackageLine("maven", LOG4J2, "log4j-core", log4jVersions);
export const log4jApi = new PackageLine("maven", LOG4J2, "log4j-api", log4jVersions);
export const log4jSlf4j = new PackageLine("maven", LOG4J2, "log4j-slf4j-impl", log4jVersions);
export const log4j1 = new PackageLine(
  "maven",
  "log4j",
  "log4j",
  LOG4J1_WEIGHTS.map(([v]) => v),
);

const SPRING_VERSIONS = [
  "3.2.18.RELEASE",
  "4.1.9.RELEASE",
  "4.3.25.RELEASE",
  "4.3.30.RELEASE",
  "5.0.13.RELEASE",
  "5.1.20.RELEASE",
  "5.2.12.RELEASE",
  "5.2.15.RELEASE",
  "5.3.13",
  "5.3.14",
];
/** Spring Framework modules; spring-beans is the one Spring4Shell (CVE-2022-22965) names. */
export const SPRING_MODULES = [
  "spring-core",
  "spring-beans",
  "spring-context",
  "spring-web",
  "spring-webmvc",
  "spring-aop",
  "spring-expression",
].map((m) => new PackageLine("maven", "org.springframework", m, SPRING_VERSIONS));

export interface BootLine {
  boot: string;
  spring: string;
  tomcat: string;
  /** The log4j-core version the starter-log4j2 of this line manages. */
  log4j: string;
  weight: number;
}

/** Spring Boot lines with the framework, embedded Tomcat and Log4j 2 versions they manage. */
export const BOOT_LINES: readonly BootLine[] = [
  { boot: "1.5.22.RELEASE", spring: "4.3.25.RELEASE", tomcat: "8.5.43", log4j: "2.7", weight: 0.15 },
  { boot: "2.0.9.RELEASE", spring: "5.0.13.RELEASE", tomcat: "8.5.39", log4j: "2.10.0", weight: 0.08 },
  { boot: "2.1.18.RELEASE", spring: "5.1.20.RELEASE", tomcat: "9.0.41", log4j: "2.11.2", weight: 0.15 },
  { boot: "2.2.13.RELEASE", spring: "5.2.12.RELEASE", tomcat: "9.0.41", log4j: "2.12.1", weight: 0.15 },
  { boot: "2.3.12.RELEASE", spring: "5.2.15.RELEASE", tomcat: "9.0.46", log4j: "2.13.3", weight: 0.15 },
  { boot: "2.4.13", spring: "5.3.13", tomcat: "9.0.55", log4j: "2.13.3", weight: 0.1 },
  { boot: "2.5.7", spring: "5.3.13", tomcat: "9.0.55", log4j: "2.14.1", weight: 0.1 },
  { boot: "2.6.1", spring: "5.3.13", tomcat: "9.0.55", log4j: "2.14.1", weight: 0.07 },
  { boot: "2.5.8", spring: "5.3.14", tomcat: "9.0.56", log4j: "2.17.0", weight: 0.02 },
  { boot: "2.6.2", spring: "5.3.14", tomcat: "9.0.56", log4j: "2.17.0", weight: 0.03 },
];

const BOOT_VERSIONS = BOOT_LINES.map((l) => l.boot);
export const BOOT_MODULES = [
  "spring-boot",
  "spring-boot-autoconfigure",
  "spring-boot-actuator",
  "spring-boot-starter-web",
].map((m) => new PackageLine("maven", "org.springframework.boot", m, BOOT_VERSIONS));
export const tomcatEmbed = new PackageLine("maven", "org.apache.tomcat.embed", "tomcat-embed-core", [
  "8.5.39",
  "8.5.43",
  "9.0.41",
  "9.0.46",
  "9.0.55",
  "9.0.56",
]);

export const logback = new PackageLine("maven", "ch.qos.logback", "logback-classic", [
  "1.0.13",
  "1.1.11",
  "1.2.3",
  "1.2.6",
  "1.2.9",
]);
export const slf4jApi = new PackageLine("maven", "org.slf4j", "slf4j-api", [
  "1.6.6",
  "1.7.21",
  "1.7.25",
  "1.7.30",
  "1.7.32",
]);

/** group:artifact and real versions, oldest first: the common third-party tail of Java apps. */
const POOL_SPEC = `
com.fasterxml.jackson.core:jackson-databind 2.4.6 2.6.7 2.8.11 2.9.8 2.9.10.8 2.10.5.1 2.11.4 2.12.5 2.13.0
com.fasterxml.jackson.core:jackson-core 2.4.6 2.6.7 2.8.11 2.9.8 2.9.10 2.10.5 2.11.4 2.12.5 2.13.0
com.fasterxml.jackson.core:jackson-annotations 2.4.6 2.6.7 2.8.11 2.9.8 2.9.10 2.10.5 2.11.4 2.12.5 2.13.0
org.apache.commons:commons-lang3 3.1 3.3.2 3.4 3.5 3.7 3.8.1 3.9 3.11 3.12.0
org.apache.commons:commons-text 1.1 1.4 1.6 1.8 1.9
org.apache.commons:commons-collections4 4.0 4.1 4.2 4.4
commons-collections:commons-collections 3.1 3.2.1 3.2.2
commons-io:commons-io 1.4 2.4 2.5 2.6 2.8.0 2.11.0
commons-codec:commons-codec 1.6 1.9 1.10 1.11 1.13 1.15
commons-logging:commons-logging 1.1.1 1.1.3 1.2
commons-fileupload:commons-fileupload 1.2.2 1.3.1 1.3.3 1.4
commons-beanutils:commons-beanutils 1.8.3 1.9.2 1.9.3 1.9.4
org.apache.httpcomponents:httpclient 4.2.5 4.3.6 4.5.2 4.5.6 4.5.10 4.5.13
org.apache.httpcomponents:httpcore 4.2.4 4.3.3 4.4.5 4.4.10 4.4.13 4.4.14
com.google.guava:guava 14.0.1 18.0 20.0 23.0 27.0-jre 28.2-jre 30.1-jre 31.0.1-jre
com.google.code.gson:gson 2.2.4 2.3.1 2.8.0 2.8.5 2.8.6 2.8.9
org.hibernate:hibernate-core 3.6.10.Final 4.2.21.Final 4.3.11.Final 5.2.17.Final 5.3.20.Final 5.4.32.Final
org.hibernate.validator:hibernate-validator 5.4.3.Final 6.0.22.Final 6.1.7.Final 6.2.0.Final
javax.servlet:javax.servlet-api 3.0.1 3.1.0 4.0.1
javax.mail:mail 1.4.1 1.4.7
com.sun.mail:javax.mail 1.5.6 1.6.2
org.postgresql:postgresql 9.1-901.jdbc4 9.4.1212 42.2.5 42.2.18 42.2.24 42.3.1
mysql:mysql-connector-java 5.1.38 5.1.47 8.0.16 8.0.22 8.0.27
com.oracle.database.jdbc:ojdbc8 12.2.0.1 19.3.0.0 19.11.0.0
com.microsoft.sqlserver:mssql-jdbc 6.4.0.jre8 7.4.1.jre8 8.4.1.jre8 9.4.0.jre8
com.zaxxer:HikariCP 2.4.13 2.7.9 3.4.5 4.0.3
org.quartz-scheduler:quartz 1.8.6 2.2.1 2.3.0 2.3.2
org.apache.struts:struts2-core 2.3.16.3 2.3.34 2.5.10 2.5.20 2.5.26
org.freemarker:freemarker 2.3.20 2.3.23 2.3.28 2.3.31
org.thymeleaf:thymeleaf 2.1.5.RELEASE 3.0.11.RELEASE 3.0.12.RELEASE 3.0.14.RELEASE
org.apache.poi:poi 3.9 3.17 4.1.2 5.0.0
org.apache.poi:poi-ooxml 3.9 3.17 4.1.2 5.0.0
org.apache.xmlbeans:xmlbeans 2.6.0 3.1.0 5.0.2
com.itextpdf:itextpdf 5.4.1 5.5.10 5.5.13.2
org.apache.pdfbox:pdfbox 1.8.16 2.0.16 2.0.24
xerces:xercesImpl 2.9.1 2.11.0 2.12.0 2.12.1
dom4j:dom4j 1.6.1
org.dom4j:dom4j 2.1.1 2.1.3
org.yaml:snakeyaml 1.17 1.23 1.26 1.28 1.29
com.thoughtworks.xstream:xstream 1.4.7 1.4.10 1.4.11.1 1.4.17 1.4.18
org.bouncycastle:bcprov-jdk15on 1.51 1.56 1.60 1.64 1.69
io.netty:netty-all 4.0.36.Final 4.1.29.Final 4.1.50.Final 4.1.68.Final
io.netty:netty-handler 4.1.29.Final 4.1.50.Final 4.1.65.Final 4.1.72.Final
org.eclipse.jetty:jetty-server 9.2.9.v20150224 9.4.11.v20180605 9.4.31.v20200723 9.4.44.v20210927
org.glassfish.jersey.core:jersey-server 2.22.2 2.27 2.30.1 2.35
org.apache.cxf:cxf-core 2.7.18 3.1.14 3.2.7 3.4.5
org.apache.axis:axis 1.4
org.apache.velocity:velocity 1.7
org.apache.activemq:activemq-client 5.11.1 5.15.9 5.16.3
org.apache.kafka:kafka-clients 0.10.2.1 2.0.1 2.4.1 2.8.1
org.apache.shiro:shiro-core 1.2.4 1.4.0 1.5.3 1.7.1 1.8.0
org.apache.tika:tika-core 1.18 1.22 1.26 2.1.0
org.apache.lucene:lucene-core 4.10.4 5.5.5 7.7.3 8.8.2
org.elasticsearch.client:elasticsearch-rest-client 5.6.16 6.8.13 7.10.2 7.15.2
org.jsoup:jsoup 1.8.3 1.11.3 1.13.1 1.14.3
joda-time:joda-time 2.3 2.9.9 2.10.5 2.10.13
org.javassist:javassist 3.18.1-GA 3.21.0-GA 3.24.0-GA 3.28.0-GA
net.bytebuddy:byte-buddy 1.7.11 1.9.16 1.10.22 1.11.22
org.aspectj:aspectjweaver 1.8.9 1.9.2 1.9.6 1.9.7
cglib:cglib 2.2.2 3.2.5 3.3.0
org.ow2.asm:asm 5.0.3 7.0 9.1 9.2
antlr:antlr 2.7.7
org.antlr:antlr4-runtime 4.7 4.8-1 4.9.2
net.sf.ehcache:ehcache 2.6.11 2.10.6 2.10.9.2
org.ehcache:ehcache 3.5.2 3.8.1 3.9.7
redis.clients:jedis 2.9.0 3.1.0 3.6.3
org.mongodb:mongo-java-driver 3.4.3 3.8.2 3.12.10
com.h2database:h2 1.3.176 1.4.197 1.4.200
org.apache.santuario:xmlsec 1.5.8 2.1.4 2.2.3
org.opensaml:opensaml 2.6.4
org.jasig.cas.client:cas-client-core 3.4.1 3.5.1 3.6.2
io.jsonwebtoken:jjwt 0.7.0 0.9.1
com.auth0:java-jwt 3.3.0 3.10.3 3.18.2
org.apache.pdfbox:fontbox 1.8.16 2.0.16 2.0.24
javax.xml.bind:jaxb-api 2.2.11 2.3.0 2.3.1
com.sun.xml.bind:jaxb-impl 2.2.11 2.3.0 2.3.3
org.glassfish:javax.el 3.0.0 3.0.1-b12
javax.validation:validation-api 1.1.0.Final 2.0.1.Final
org.apache.commons:commons-compress 1.9 1.18 1.20 1.21
org.apache.commons:commons-email 1.3.3 1.5
commons-net:commons-net 3.3 3.6 3.8.0
org.apache.xmlgraphics:batik-all 1.7 1.10 1.14
net.sf.jasperreports:jasperreports 5.6.1 6.4.3 6.17.0
org.mybatis:mybatis 3.2.8 3.4.6 3.5.7
org.flywaydb:flyway-core 4.2.0 5.2.4 6.5.7 7.15.0 8.0.5
org.liquibase:liquibase-core 3.5.5 3.8.9 4.6.1
io.micrometer:micrometer-core 1.0.11 1.3.20 1.7.6 1.8.0
io.springfox:springfox-swagger2 2.6.1 2.9.2 3.0.0
io.swagger:swagger-annotations 1.5.10 1.5.22 1.6.3
org.apache.logging.log4j:log4j-to-slf4j 2.10.0 2.13.3 2.14.1 2.17.0
`;

export const JAVA_POOL: readonly PackageLine[] = POOL_SPEC.trim()
  .split("\n")
  .map((line) => {
    const [coord, ...versions] = line.trim().split(/\s+/);
    const [group, artifact] = (coord ?? "").split(":");
    return new PackageLine("maven", group ?? "", artifact ?? "", versions);
  });
