package app.gleaner.clip;

import app.gleaner.extract.Pipeline;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The extraction pipeline is plain Java, built once and shared: it is immutable and thread-safe. */
class PipelineProducer {

    @Produces
    @Singleton
    Pipeline pipeline() {
        return new Pipeline();
    }
}
