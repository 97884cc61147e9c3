package app.gleaner.ops;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code POST /api/backup}: an online backup of the library; answers the zip's path and size. */
@Path("/api/backup")
@Produces(MediaType.APPLICATION_JSON)
public class BackupResource {

    private final OnlineBackup backup;

    BackupResource(OnlineBackup backup) {
        this.backup = backup;
    }

    @POST
    public OnlineBackup.Backup create() {
        return backup.backUp();
    }
}
