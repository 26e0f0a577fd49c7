#!/bin/sh
# Writes the definitions RabbitMQ imports at boot from the template (definitions.json) and the credentials in the
# environment, then starts the image's own entrypoint. Credentials are used as given: keep them to letters, digits,
# '-', '_' and '.', since they also appear in the workers' amqp:// URIs.
set -eu
for name in RABBITMQ_ADMIN_USER RABBITMQ_ADMIN_PASSWORD RABBITMQ_PIPELINE_USER RABBITMQ_PIPELINE_PASSWORD; do
  eval "value=\${$name:-}"
  if [ -z "$value" ]; then
    echo "render-definitions: $name is not set (see .env.example)" >&2
    exit 1
  fi
  case "$value" in
    *[!A-Za-z0-9._-]*) echo "render-definitions: $name may only hold letters, digits, '.', '_' and '-'" >&2; exit 1 ;;
  esac
done
mkdir -p /tmp/rabbitmq
sed -e "s/\${RABBITMQ_ADMIN_USER}/$RABBITMQ_ADMIN_USER/g" \
    -e "s/\${RABBITMQ_ADMIN_PASSWORD}/$RABBITMQ_ADMIN_PASSWORD/g" \
    -e "s/\${RABBITMQ_PIPELINE_USER}/$RABBITMQ_PIPELINE_USER/g" \
    -e "s/\${RABBITMQ_PIPELINE_PASSWORD}/$RABBITMQ_PIPELINE_PASSWORD/g" \
    /etc/rabbitmq/definitions.template.json >/tmp/rabbitmq/definitions.json
chmod 644 /tmp/rabbitmq/definitions.json
exec docker-entrypoint.sh "$@"
