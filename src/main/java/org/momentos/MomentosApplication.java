package org.momentos;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * The Momentos web application. Started by {@link Momentos}, the command line, through
 * {@code serve}.
 */
@SpringBootApplication
@EnableScheduling
public class MomentosApplication {

}
