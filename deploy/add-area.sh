#!/usr/bin/env bash
# Adds a local area to this host: its settings file and its nginx site. Run as root:
#
#   deploy/add-area.sh <area-id> <domain> <port> <certificate> <certificate-key>
#   deploy/add-area.sh north-somerset coproduce.n-somerset.gov.uk 3001 /etc/ssl/certs/ns.pem /etc/ssl/private/ns.key
#
# then start it as docs/deployment.md says. Each area has its own port, database, backups and
# user; nothing is shared but the code in /opt/coproduce. COPRODUCE_ETC and NGINX_SITES move
# where the files go (the tests write them into a temporary folder); HTTP_PORT and HTTPS_PORT
# change nginx's ports (80 and 443).
set -euo pipefail
if [ $# -ne 5 ]; then
  sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
fi
area="$1" domain="$2" port="$3" certificate="$4" key="$5"
[[ "$area" =~ ^[a-z0-9][a-z0-9-]{0,40}$ ]] || { echo "The area id is lower-case letters, digits and hyphens: $area" >&2; exit 2; }
[[ "$domain" =~ ^[A-Za-z0-9.-]+$ ]] || { echo "Not a domain name: $domain" >&2; exit 2; }
[[ "$port" =~ ^[0-9]+$ ]] && [ "$port" -ge 1024 ] && [ "$port" -le 65535 ] || { echo "Choose a port from 1024 to 65535: $port" >&2; exit 2; }

etc="${COPRODUCE_ETC:-/etc/coproduce}"
sites="${NGINX_SITES:-/etc/nginx/sites-available}"
data="${COPRODUCE_DATA:-/var/lib/coproduce}/$area"
here="$(cd "$(dirname "$0")" && pwd)"
mkdir -p "$etc" "$sites"

settings="$etc/$area.env"
if [ -e "$settings" ]; then
  echo "$settings already exists: the area is set up. Edit it, or remove it to start again." >&2
  exit 1
fi
if grep -rqs "^PORT=$port$" "$etc"/*.env; then
  echo "Port $port is already another area's: choose another." >&2
  exit 1
fi
umask 077
cat > "$settings" << SETTINGS
# Coproduce for $area. Read by coproduce@$area.service; see docs/deployment.md for every setting.
NODE_ENV=production
HOST=127.0.0.1
PORT=$port
APP_URL=https://$domain
TRUST_PROXY=true
DATABASE_PATH=$data/coproduce.db
BACKUP_DIR=$data/backups
# Keep a copy of this key away from the backups: without it they cannot be read.
BACKUP_KEY=$(head -c 32 /dev/urandom | base64)
METRICS_TOKEN=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')
MAIL_FROM=Coproduce <no-reply@$domain>
SMTP_URL=
# Staff single sign-on (optional): the council's OpenID Connect provider.
OIDC_ISSUER=
OIDC_CLIENT_ID=
OIDC_CLIENT_SECRET=
OIDC_NAME=your council account
OIDC_ALLOWED_DOMAINS=
SETTINGS

sed -e "s|@AREA@|$area|g" -e "s|@AREA_ID@|${area//-/_}|g" -e "s|@SERVER_NAME@|$domain|g" -e "s|@APP_PORT@|$port|g" \
  -e "s|@HTTP_PORT@|${HTTP_PORT:-80}|g" -e "s|@HTTPS_PORT@|${HTTPS_PORT:-443}|g" \
  -e "s|@CERTIFICATE@|$certificate|g" -e "s|@CERTIFICATE_KEY@|$key|g" \
  "$here/nginx-area.conf" > "$sites/coproduce-$area.conf"
umask 022
chmod 644 "$sites/coproduce-$area.conf"

echo "Wrote $settings (set SMTP_URL, and single sign-on if you use it) and $sites/coproduce-$area.conf."
echo "Next: ln -s $sites/coproduce-$area.conf /etc/nginx/sites-enabled/ && nginx -t && systemctl reload nginx"
echo "      systemctl enable --now coproduce@$area coproduce-backup@$area.timer"
