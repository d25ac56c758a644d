#!/bin/bash

CLIENT_ID=clientID
CLIENT_SECRET=clientSecret
USERNAME=userName
PASSWORD=password
opuscapitaHost=https://businessnetwork.opuscapita.com

ACCESS_TOKEN=$(curl -s -f -X POST -u $CLIENT_ID:$CLIENT_SECRET -d "grant_type=password&username=$USERNAME&password=$PASSWORD&scope=openid email userInfo roles" $opuscapitaHost/auth/token | jq --raw-output ".access_token")
echo $ACCESS_TOKEN

AUTH_HEADER="Authorization: Bearer $ACCESS_TOKEN"

body='{"filter": {}}'

curl -X POST -H "$AUTH_HEADER" -H "content-type:application/json" -d "$body" "$opuscapitaHost/track/api/transactions"
