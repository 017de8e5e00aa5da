// The Dovecot configuration of a private test or benchmark server: its own folder, a loopback port,
// a passwd-file user and Maildirs owned by `uid`, for Debian's Dovecot 2.3 (bookworm) or 2.4
// (trixie), whose settings differ. Plain JavaScript so that both the tests (tests/helpers/dovecot.ts)
// and the benchmark (bench/servers.mjs, which is not compiled) share this one recipe.

function config23({ dir, port, tlsPort, name, uid }) {
  const tls = tlsPort
    ? `ssl = yes\nssl_cert = <${dir}/cert.pem\nssl_key = <${dir}/key.pem\n`
    : 'ssl = no\n';
  return `instance_name = ${name}
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
listen = 127.0.0.1
protocols = imap
${tls}disable_plaintext_auth = no
auth_mechanisms = plain login
auth_failure_delay = 0
mail_max_userip_connections = 100
first_valid_uid = 1
default_internal_user = dovecot
default_login_user = dovenull
mail_location = maildir:~/Maildir
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/passwd
}
userdb {
  driver = static
  args = uid=${uid} gid=${uid} home=${dir}/mail/%u
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = ${tlsPort ?? 0}
    ssl = yes
  }
}
`;
}

function config24({ dir, port, tlsPort, name, uid }) {
  const tls = tlsPort ? `ssl = yes\nssl_server_cert_file = ${dir}/cert.pem\nssl_server_key_file = ${dir}/key.pem\n` : 'ssl = no\n';
  return `dovecot_config_version = 2.4.1
dovecot_storage_version = 2.4.1
instance_name = ${name}
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
listen = 127.0.0.1
protocols = imap
${tls}auth_allow_cleartext = yes
auth_mechanisms = plain login
auth_failure_delay = 0
mail_max_userip_connections = 100
first_valid_uid = 1
default_internal_user = dovecot
default_login_user = dovenull
mail_driver = maildir
mail_path = ~/Maildir
passdb passwd-file {
  passwd_file_path = ${dir}/passwd
}
userdb static {
  fields {
    uid = ${uid}
    gid = ${uid}
    home = ${dir}/mail/%{user}
  }
}
service imap-login {
  inet_listener imap {
    listen = 127.0.0.1
    port = ${port}
  }
  inet_listener imaps {
    listen = 127.0.0.1
    port = ${tlsPort ?? 0}
    ssl = yes
  }
}
`;
}

/** The config text for the installed Dovecot (`dovecot --version`); tlsPort null = no IMAPS. */
export function dovecotConfig({ version, dir, port, tlsPort = null, name, uid }) {
  const opts = { dir, port, tlsPort, name, uid };
  return version.startsWith('2.3') ? config23(opts) : config24(opts);
}
