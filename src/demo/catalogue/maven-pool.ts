/**
 * The common third-party tail of Java applications: Maven coordinates with real released
 * versions, oldest first, drawn by an application's era (see PackageLine.forEra).
 */
import { PackageLine } from "./package-line.js";

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
org.springframework.security:spring-security-core 3.2.10.RELEASE 4.2.13.RELEASE 5.1.13.RELEASE 5.3.11.RELEASE 5.5.3 5.6.0
org.springframework.security:spring-security-web 3.2.10.RELEASE 4.2.13.RELEASE 5.1.13.RELEASE 5.3.11.RELEASE 5.5.3 5.6.0
org.springframework.security:spring-security-config 3.2.10.RELEASE 4.2.13.RELEASE 5.1.13.RELEASE 5.3.11.RELEASE 5.5.3 5.6.0
org.springframework:spring-jdbc 3.2.18.RELEASE 4.3.25.RELEASE 5.1.20.RELEASE 5.2.15.RELEASE 5.3.13
org.springframework:spring-tx 3.2.18.RELEASE 4.3.25.RELEASE 5.1.20.RELEASE 5.2.15.RELEASE 5.3.13
org.springframework:spring-orm 3.2.18.RELEASE 4.3.25.RELEASE 5.1.20.RELEASE 5.2.15.RELEASE 5.3.13
org.springframework:spring-jms 4.3.25.RELEASE 5.1.20.RELEASE 5.2.15.RELEASE 5.3.13
org.springframework:spring-context-support 3.2.18.RELEASE 4.3.25.RELEASE 5.1.20.RELEASE 5.2.15.RELEASE 5.3.13
org.springframework.data:spring-data-jpa 1.11.23.RELEASE 2.1.21.RELEASE 2.3.9.RELEASE 2.5.7
org.springframework.data:spring-data-commons 1.13.23.RELEASE 2.1.21.RELEASE 2.3.9.RELEASE 2.5.7
org.springframework.ws:spring-ws-core 2.4.7.RELEASE 3.0.10.RELEASE 3.1.1
org.springframework.batch:spring-batch-core 3.0.10.RELEASE 4.2.7.RELEASE 4.3.4
org.hibernate:hibernate-entitymanager 3.6.10.Final 4.3.11.Final 5.2.17.Final 5.4.32.Final
org.hibernate.common:hibernate-commons-annotations 3.2.0.Final 4.0.5.Final 5.0.5.Final 5.1.2.Final
org.hibernate.javax.persistence:hibernate-jpa-2.1-api 1.0.0.Final 1.0.2.Final
javax.persistence:javax.persistence-api 2.2
jakarta.persistence:jakarta.persistence-api 2.2.3
javax.transaction:jta 1.1
javax.inject:javax.inject 1
javax.annotation:javax.annotation-api 1.2 1.3.2
javax.activation:activation 1.1 1.1.1
javax.ws.rs:javax.ws.rs-api 2.0.1 2.1.1
javax.servlet:jstl 1.2
javax.servlet.jsp:jsp-api 2.1 2.2
javax.jms:jms-api 1.1-rev-1
javax.xml.ws:jaxws-api 2.2.11 2.3.1
com.sun.xml.ws:jaxws-rt 2.2.10 2.3.2 2.3.5
org.glassfish.jaxb:jaxb-runtime 2.3.1 2.3.3 2.3.5
jakarta.xml.bind:jakarta.xml.bind-api 2.3.2 2.3.3
jakarta.activation:jakarta.activation-api 1.2.1 1.2.2
jakarta.annotation:jakarta.annotation-api 1.3.4 1.3.5
jakarta.validation:jakarta.validation-api 2.0.1 2.0.2
org.glassfish.jersey.core:jersey-client 2.22.2 2.27 2.30.1 2.35
org.glassfish.jersey.core:jersey-common 2.22.2 2.27 2.30.1 2.35
org.glassfish.jersey.containers:jersey-container-servlet 2.22.2 2.27 2.30.1 2.35
org.glassfish.hk2:hk2-api 2.4.0 2.5.0 2.6.1
org.glassfish.hk2.external:javax.inject 2.4.0 2.5.0-b42
com.sun.jersey:jersey-core 1.9 1.17.1 1.19.4
com.sun.jersey:jersey-server 1.9 1.17.1 1.19.4
org.jboss.resteasy:resteasy-jaxrs 2.3.10.Final 3.0.26.Final 3.6.3.Final
org.jboss.logging:jboss-logging 3.1.4.GA 3.3.2.Final 3.4.1.Final 3.4.2.Final
org.jboss:jandex 2.0.5.Final 2.1.3.Final 2.4.2.Final
com.fasterxml:classmate 1.3.4 1.4.0 1.5.1
com.fasterxml.jackson.dataformat:jackson-dataformat-xml 2.6.7 2.9.8 2.10.5 2.12.5 2.13.0
com.fasterxml.jackson.dataformat:jackson-dataformat-yaml 2.8.11 2.9.8 2.10.5 2.12.5 2.13.0
com.fasterxml.jackson.datatype:jackson-datatype-jsr310 2.8.11 2.9.8 2.10.5 2.12.5 2.13.0
com.fasterxml.jackson.datatype:jackson-datatype-jdk8 2.8.11 2.9.8 2.10.5 2.12.5 2.13.0
com.fasterxml.jackson.module:jackson-module-parameter-names 2.9.8 2.10.5 2.12.5 2.13.0
com.fasterxml.jackson.jaxrs:jackson-jaxrs-json-provider 2.6.7 2.9.8 2.10.5 2.12.5
com.fasterxml.woodstox:woodstox-core 5.0.3 5.1.0 6.2.1 6.2.6
org.codehaus.woodstox:stax2-api 3.1.4 4.2 4.2.1
org.codehaus.jackson:jackson-mapper-asl 1.8.5 1.9.13
org.codehaus.jackson:jackson-core-asl 1.8.5 1.9.13
org.codehaus.jettison:jettison 1.1 1.3.8 1.4.1
org.codehaus.groovy:groovy-all 1.8.9 2.4.15 2.4.21 2.5.14
org.codehaus.plexus:plexus-utils 3.0.24 3.1.0 3.3.0
com.google.protobuf:protobuf-java 2.5.0 3.5.1 3.11.4 3.17.3 3.19.1
com.google.code.findbugs:jsr305 1.3.9 2.0.1 3.0.1 3.0.2
com.google.errorprone:error_prone_annotations 2.0.18 2.3.4 2.7.1 2.10.0
com.google.j2objc:j2objc-annotations 1.1 1.3
com.google.guava:failureaccess 1.0.1
com.google.guava:listenablefuture 9999.0-empty-to-avoid-conflict-with-guava
org.checkerframework:checker-qual 2.5.2 3.5.0 3.12.0
com.google.zxing:core 3.2.1 3.3.3 3.4.1
com.googlecode.json-simple:json-simple 1.1 1.1.1
org.json:json 20090211 20140107 20180813 20210307
net.minidev:json-smart 1.3.1 2.3 2.4.7
net.minidev:accessors-smart 1.2 2.4.7
com.jayway.jsonpath:json-path 2.2.0 2.4.0 2.6.0
com.nimbusds:nimbus-jose-jwt 4.41.2 7.9 8.19 9.15.2
org.apache.commons:commons-dbcp2 2.1.1 2.5.0 2.7.0 2.9.0
org.apache.commons:commons-pool2 2.4.2 2.6.0 2.8.1 2.11.1
commons-dbcp:commons-dbcp 1.2.2 1.4
commons-pool:commons-pool 1.5.4 1.6
commons-lang:commons-lang 2.4 2.5 2.6
commons-digester:commons-digester 1.8 2.1
commons-validator:commons-validator 1.3.1 1.4.1 1.6 1.7
commons-configuration:commons-configuration 1.6 1.9 1.10
org.apache.commons:commons-configuration2 2.1.1 2.5 2.7
commons-cli:commons-cli 1.2 1.3.1 1.4
commons-httpclient:commons-httpclient 3.0.1 3.1
org.apache.commons:commons-math3 3.2 3.5 3.6.1
org.apache.commons:commons-csv 1.1 1.5 1.8 1.9.0
org.apache.commons:commons-exec 1.1 1.3
org.apache.commons:commons-vfs2 2.0 2.2 2.8.0
org.apache.httpcomponents:httpmime 4.2.5 4.3.6 4.5.2 4.5.6 4.5.13
org.apache.httpcomponents:httpasyncclient 4.0.2 4.1.3 4.1.4
org.apache.httpcomponents:httpcore-nio 4.3.3 4.4.5 4.4.10 4.4.14
org.apache.httpcomponents.client5:httpclient5 5.0.3 5.1 5.1.2
org.apache.tomcat:tomcat-jdbc 7.0.59 8.5.43 9.0.41 9.0.55
org.apache.tomcat:tomcat-juli 7.0.59 8.5.43 9.0.41 9.0.55
org.apache.tomcat.embed:tomcat-embed-el 8.5.39 9.0.41 9.0.55
org.apache.tomcat.embed:tomcat-embed-websocket 8.5.39 9.0.41 9.0.55
org.apache.geronimo.specs:geronimo-jms_1.1_spec 1.1.1
org.apache.geronimo.specs:geronimo-j2ee-management_1.1_spec 1.0.1
org.apache.ws.xmlschema:xmlschema-core 2.0.3 2.2.1 2.2.5
org.apache.wss4j:wss4j-ws-security-dom 2.1.12 2.2.3 2.3.3
org.apache.neethi:neethi 3.0.3 3.1.1
wsdl4j:wsdl4j 1.6.2 1.6.3
org.apache.cxf:cxf-rt-frontend-jaxws 2.7.18 3.1.14 3.2.7 3.4.5
org.apache.cxf:cxf-rt-transports-http 2.7.18 3.1.14 3.2.7 3.4.5
org.apache.cxf:cxf-rt-frontend-jaxrs 3.1.14 3.2.7 3.4.5
org.apache.camel:camel-core 2.17.7 2.20.4 2.24.3 3.11.4
org.apache.camel:camel-spring 2.17.7 2.20.4 2.24.3
org.apache.zookeeper:zookeeper 3.4.6 3.4.14 3.5.9 3.6.3
org.apache.curator:curator-framework 2.12.0 4.2.0 5.1.0
org.apache.hadoop:hadoop-common 2.7.3 2.10.1 3.2.2
org.apache.solr:solr-solrj 4.10.4 6.6.6 7.7.3 8.8.2
org.apache.lucene:lucene-analyzers-common 4.10.4 5.5.5 7.7.3 8.8.2
org.apache.lucene:lucene-queryparser 4.10.4 5.5.5 7.7.3 8.8.2
org.elasticsearch:elasticsearch 5.6.16 6.8.13 7.10.2
org.apache.avro:avro 1.7.7 1.8.2 1.9.2 1.10.2
org.apache.thrift:libthrift 0.9.3 0.12.0 0.13.0 0.14.1
org.apache.ant:ant 1.8.2 1.9.7 1.10.5 1.10.12
org.apache.maven:maven-artifact 3.0.5 3.5.4 3.8.1
org.apache.pdfbox:pdfbox-tools 2.0.16 2.0.24
org.apache.poi:poi-ooxml-schemas 3.9 3.17 4.1.2
org.apache.poi:poi-scratchpad 3.9 3.17 4.1.2 5.0.0
org.apache.xmlgraphics:fop 1.1 2.2 2.6
org.apache.xmlgraphics:xmlgraphics-commons 1.5 2.2 2.6
org.apache.xmlgraphics:batik-css 1.7 1.10 1.14
xml-apis:xml-apis 1.0.b2 1.3.04 1.4.01
xalan:xalan 2.7.1 2.7.2
xalan:serializer 2.7.1 2.7.2
net.sf.saxon:Saxon-HE 9.5.1-5 9.8.0-14 9.9.1-8 10.6
jaxen:jaxen 1.1.1 1.1.6 1.2.0
stax:stax-api 1.0.1
org.jdom:jdom2 2.0.5 2.0.6 2.0.6.1
jdom:jdom 1.0 1.1
nu.validator.htmlparser:htmlparser 1.4
net.sourceforge.nekohtml:nekohtml 1.9.16 1.9.22
org.owasp.esapi:esapi 2.1.0.1 2.2.0.0 2.2.3.1
org.owasp.antisamy:antisamy 1.5.3 1.5.10 1.6.4
org.owasp.encoder:encoder 1.2 1.2.2 1.2.3
com.googlecode.owasp-java-html-sanitizer:owasp-java-html-sanitizer 20180219.1 20191001.1 20211018.2
org.bouncycastle:bcpkix-jdk15on 1.51 1.56 1.60 1.64 1.69
org.bouncycastle:bcmail-jdk15on 1.56 1.60 1.64 1.69
org.bouncycastle:bcprov-jdk16 1.46
com.sun.mail:jakarta.mail 1.6.5 1.6.7
org.opensaml:opensaml-core 3.3.0 3.4.6
org.opensaml:xmltooling 1.4.4
org.pac4j:pac4j-core 1.9.9 3.8.3 4.5.4
org.keycloak:keycloak-core 4.8.3.Final 9.0.3 12.0.4 15.0.2
org.keycloak:keycloak-adapter-core 4.8.3.Final 9.0.3 12.0.4 15.0.2
io.netty:netty-codec-http 4.1.29.Final 4.1.50.Final 4.1.65.Final 4.1.72.Final
io.netty:netty-common 4.1.29.Final 4.1.50.Final 4.1.65.Final 4.1.72.Final
io.netty:netty-buffer 4.1.29.Final 4.1.50.Final 4.1.65.Final 4.1.72.Final
io.netty:netty-transport 4.1.29.Final 4.1.50.Final 4.1.65.Final 4.1.72.Final
io.netty:netty-codec 4.1.29.Final 4.1.50.Final 4.1.65.Final 4.1.72.Final
io.netty:netty 3.6.6.Final 3.10.6.Final
io.projectreactor:reactor-core 3.1.17.RELEASE 3.3.22.RELEASE 3.4.12
io.projectreactor.netty:reactor-netty 0.7.15.RELEASE 0.9.25.RELEASE 1.0.13
io.reactivex.rxjava2:rxjava 2.1.17 2.2.21
io.dropwizard.metrics:metrics-core 3.1.2 3.2.6 4.0.7 4.2.4
io.prometheus:simpleclient 0.6.0 0.9.0 0.12.0
io.github.resilience4j:resilience4j-circuitbreaker 1.3.1 1.7.1
com.netflix.hystrix:hystrix-core 1.5.12 1.5.18
com.github.ben-manes.caffeine:caffeine 2.6.2 2.8.8 2.9.2 3.0.5
com.squareup.okhttp3:okhttp 3.8.1 3.14.9 4.9.3
com.squareup.okio:okio 1.13.0 1.17.2 2.8.0
com.squareup.retrofit2:retrofit 2.3.0 2.9.0
org.jetbrains.kotlin:kotlin-stdlib 1.2.71 1.3.72 1.4.32 1.5.31 1.6.0
org.jetbrains:annotations 13.0 17.0.0 20.1.0
org.projectlombok:lombok 1.16.20 1.18.12 1.18.22
org.mapstruct:mapstruct 1.2.0.Final 1.3.1.Final 1.4.2.Final
org.modelmapper:modelmapper 1.1.0 2.3.5 2.4.4
ma.glasnost.orika:orika-core 1.4.6 1.5.4
org.eclipse.persistence:eclipselink 2.5.2 2.6.5 2.7.9
org.eclipse.jetty:jetty-util 9.2.9.v20150224 9.4.11.v20180605 9.4.31.v20200723 9.4.44.v20210927
org.eclipse.jetty:jetty-http 9.2.9.v20150224 9.4.11.v20180605 9.4.31.v20200723 9.4.44.v20210927
org.eclipse.jetty:jetty-io 9.2.9.v20150224 9.4.11.v20180605 9.4.31.v20200723 9.4.44.v20210927
org.eclipse.jetty:jetty-servlet 9.2.9.v20150224 9.4.11.v20180605 9.4.31.v20200723 9.4.44.v20210927
org.eclipse.jetty:jetty-webapp 9.2.9.v20150224 9.4.11.v20180605 9.4.31.v20200723 9.4.44.v20210927
org.mortbay.jetty:jetty 6.1.26
org.apache.activemq:activemq-broker 5.11.1 5.15.9 5.16.3
org.apache.activemq:artemis-jms-client 2.6.4 2.17.0 2.19.0
com.rabbitmq:amqp-client 3.6.6 4.8.3 5.9.0 5.13.1
org.apache.kafka:kafka_2.12 1.1.1 2.4.1 2.8.1
org.xerial.snappy:snappy-java 1.1.2.6 1.1.7.3 1.1.8.4
org.lz4:lz4-java 1.4.1 1.7.1 1.8.0
com.github.luben:zstd-jni 1.3.8-1 1.4.9-1 1.5.0-4
org.apache.derby:derby 10.10.2.0 10.13.1.1 10.14.2.0
org.hsqldb:hsqldb 1.8.0.10 2.3.4 2.5.2 2.6.1
org.xerial:sqlite-jdbc 3.8.11.2 3.25.2 3.36.0.3
net.sourceforge.jtds:jtds 1.2.8 1.3.1
com.ibm.db2:jcc 11.1.4.4 11.5.6.0
org.mariadb.jdbc:mariadb-java-client 1.5.9 2.4.4 2.7.4
com.mchange:c3p0 0.9.5.2 0.9.5.5
c3p0:c3p0 0.9.1.2
com.mchange:mchange-commons-java 0.2.11 0.2.19
com.alibaba:druid 1.1.10 1.2.8
com.alibaba:fastjson 1.2.47 1.2.68 1.2.78
org.mybatis:mybatis-spring 1.3.2 2.0.6
org.jooq:jooq 3.10.8 3.13.6 3.15.5
org.apache.velocity:velocity-engine-core 2.0 2.2 2.3
org.apache.tiles:tiles-core 2.2.2 3.0.8
opensymphony:sitemesh 2.4.2
org.sitemesh:sitemesh 3.0.1
org.apache.struts:struts-core 1.3.10
struts:struts 1.2.9
org.apache.struts:struts2-convention-plugin 2.3.34 2.5.20 2.5.26
org.apache.struts:struts2-spring-plugin 2.3.34 2.5.20 2.5.26
ognl:ognl 3.0.21 3.1.15 3.1.28
org.apache.wicket:wicket-core 6.30.0 7.18.0 8.13.0
org.primefaces:primefaces 5.3 6.2 8.0 10.0.0
org.glassfish:javax.faces 2.2.14 2.2.20 2.3.9
com.sun.faces:jsf-impl 2.1.29-08 2.2.20
org.richfaces:richfaces 4.3.7.Final 4.5.17.Final
com.vaadin:vaadin-server 7.7.17 8.14.3
com.google.gwt:gwt-servlet 2.7.0 2.8.2 2.9.0
org.webjars:jquery 1.11.1 2.1.4 3.4.1 3.6.0
org.webjars:bootstrap 3.3.7 4.3.1 4.6.0
org.webjars:swagger-ui 2.2.10 3.25.0 4.1.3
io.springfox:springfox-swagger-ui 2.6.1 2.9.2 3.0.0
org.springdoc:springdoc-openapi-ui 1.2.32 1.5.12
org.apache.logging.log4j:log4j-jul 2.10.0 2.13.3 2.14.1 2.17.0
org.apache.logging.log4j:log4j-web 2.10.0 2.13.3 2.14.1 2.17.0
org.slf4j:jcl-over-slf4j 1.6.6 1.7.21 1.7.25 1.7.30 1.7.32
org.slf4j:jul-to-slf4j 1.7.21 1.7.25 1.7.30 1.7.32
org.slf4j:log4j-over-slf4j 1.7.21 1.7.25 1.7.30 1.7.32
org.slf4j:slf4j-log4j12 1.6.6 1.7.21 1.7.25 1.7.30 1.7.32
ch.qos.logback:logback-core 1.0.13 1.1.11 1.2.3 1.2.6 1.2.9
net.logstash.logback:logstash-logback-encoder 4.11 5.3 6.6 7.0.1
org.apache.velocity:velocity-tools 2.0
org.freemarker:freemarker-gae 2.3.28
com.lowagie:itext 2.1.7 4.2.1
com.itextpdf:itext7-core 7.1.4 7.1.16
net.sf.jasperreports:jasperreports-fonts 6.0.0
org.jfree:jfreechart 1.0.19 1.5.3
org.jfree:jcommon 1.0.23
net.sf.barcode4j:barcode4j 2.1
com.github.librepdf:openpdf 1.2.21 1.3.26
org.apache.pdfbox:xmpbox 2.0.16 2.0.24
com.drewnoakes:metadata-extractor 2.11.0 2.16.0
com.twelvemonkeys.imageio:imageio-jpeg 3.4.1 3.7.0
com.github.jai-imageio:jai-imageio-core 1.3.1 1.4.0
org.apache.james:apache-mime4j-core 0.7.2 0.8.3 0.8.6
org.quartz-scheduler:quartz-jobs 2.2.1 2.3.2
org.aspectj:aspectjrt 1.8.9 1.9.2 1.9.6 1.9.7
aopalliance:aopalliance 1.0
org.objenesis:objenesis 2.1 2.6 3.2
net.java.dev.jna:jna 4.1.0 4.5.2 5.5.0 5.10.0
net.java.dev.jna:jna-platform 4.1.0 4.5.2 5.5.0 5.10.0
org.jasypt:jasypt 1.9.2 1.9.3
com.jcraft:jsch 0.1.50 0.1.54 0.1.55
com.hierynomus:sshj 0.23.0 0.27.0 0.32.0
org.apache.sshd:sshd-core 1.7.0 2.4.0 2.7.0
commons-vfs:commons-vfs 1.0
org.samba.jcifs:jcifs 1.3.3
jcifs:jcifs 1.3.17
eu.agno3.jcifs:jcifs-ng 2.1.3 2.1.6
org.apache.directory.api:api-all 1.0.0 2.0.0
com.unboundid:unboundid-ldapsdk 4.0.9 5.1.4 6.0.3
org.springframework.ldap:spring-ldap-core 2.3.2.RELEASE 2.3.4.RELEASE 2.3.5.RELEASE
org.apache.httpcomponents:fluent-hc 4.5.6 4.5.13
com.sun.activation:javax.activation 1.2.0
org.reflections:reflections 0.9.10 0.9.11 0.9.12 0.10.2
io.github.classgraph:classgraph 4.8.65 4.8.138
org.yaml:snakeyaml-engine 2.1 2.3
com.typesafe:config 1.3.1 1.4.1
org.ini4j:ini4j 0.5.4
com.opencsv:opencsv 3.7 4.6 5.5.2
net.sf.supercsv:super-csv 2.4.0
org.apache.commons:commons-jexl3 3.1 3.2.1
org.mvel:mvel2 2.2.8.Final 2.4.12.Final
org.drools:drools-core 6.5.0.Final 7.15.0.Final 7.62.0.Final
org.kie:kie-api 6.5.0.Final 7.15.0.Final 7.62.0.Final
org.camunda.bpm:camunda-engine 7.9.0 7.13.0 7.16.0
org.activiti:activiti-engine 5.22.0 6.0.0 7.1.0-M6
org.flowable:flowable-engine 6.4.2 6.7.2
`;

export const JAVA_POOL: readonly PackageLine[] = POOL_SPEC.trim()
  .split("\n")
  .map((line) => {
    const [coord, ...versions] = line.trim().split(/\s+/);
    const [group, artifact] = (coord ?? "").split(":");
    return new PackageLine("maven", group ?? "", artifact ?? "", versions);
  });
