package app.gleaner.clip;

import io.quarkus.test.junit.QuarkusIntegrationTest;

/** The whole clip API contract again, against the packaged application (the jar here, the native binary there). */
@QuarkusIntegrationTest
class ClipApiIT extends ClipApiTest {
}
