// Run by the mongodb-init container (deploy/docker-compose.mongodb.yml) against mongodb-1 as the root
// user, after every start. Idempotent: initiates rs0 only if it has no configuration yet, then makes
// sure the least-privilege users exist with the configured passwords and roles.
const env = process.env;
const replicaSet = env.MONGODB_REPLICA_SET || "rs0";
const database = "merchant_analysis";

if (!db.getSiblingDB("admin").auth(env.MONGODB_USERNAME, env.MONGODB_PASSWORD).ok) {
  throw new Error("cannot log in as the root user MONGODB_USERNAME");
}

function initiated() {
  try {
    rs.status();
    return true;
  } catch (e) {
    if (e.codeName === "NotYetInitialized" || e.code === 94) return false;
    throw e;
  }
}

if (!initiated()) {
  print(`Initiating replica set ${replicaSet}`);
  rs.initiate({
    _id: replicaSet,
    members: [
      { _id: 0, host: "mongodb-1:27017", priority: 2 },
      { _id: 1, host: "mongodb-2:27017", priority: 1 },
      { _id: 2, host: "mongodb-3:27017", priority: 1 },
    ],
  });
} else {
  print(`Replica set ${rs.conf()._id} already initiated`);
}

// Users can only be written on the primary: wait for the election (at most two minutes).
for (let i = 0; i < 120 && !db.hello().isWritablePrimary; i++) sleep(1000);
if (!db.hello().isWritablePrimary) throw new Error("no primary after 120 s");

function ensureUser(authDb, user, pwd, roles) {
  if (!user || !pwd || pwd.startsWith("CHANGE_ME")) throw new Error(`set a real password for ${user}`);
  const target = db.getSiblingDB(authDb);
  if (target.getUser(user)) {
    target.updateUser(user, { pwd, roles });
    print(`Updated user ${user}@${authDb}`);
  } else {
    target.createUser({ user, pwd, roles });
    print(`Created user ${user}@${authDb}`);
  }
}

// The apps: read and write the platform's collections (and create their indexes), nothing else.
ensureUser(database, env.MONGODB_APP_USERNAME, env.MONGODB_APP_PASSWORD,
  [{ role: "readWrite", db: database }]);
// The Prometheus exporter: server and replica-set statistics only.
ensureUser("admin", "mongodb_exporter", env.MONGODB_EXPORTER_PASSWORD,
  [{ role: "clusterMonitor", db: "admin" }, { role: "read", db: "local" }]);
// deploy/backup scripts: mongodump and mongorestore, no other rights.
ensureUser("admin", "backup", env.MONGODB_BACKUP_PASSWORD,
  [{ role: "backup", db: "admin" }, { role: "restore", db: "admin" }]);
print("MongoDB replica set and users ready");
