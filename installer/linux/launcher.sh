#!/bin/sh
# /usr/bin/localchat: start the bundled LocalChat in /opt/localchat.
exec /opt/localchat/localchat "$@"
