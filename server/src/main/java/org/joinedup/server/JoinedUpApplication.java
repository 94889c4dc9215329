package org.joinedup.server;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Spring application behind every command: the web server and the store. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class JoinedUpApplication {}
