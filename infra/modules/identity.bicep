// User-assigned managed identity of the bot's Web App. Every data-plane role (Tables, Search, OpenAI,
// Content Safety, Key Vault) is granted to this identity, so the app holds no service keys.

@description('Name of the managed identity.')
param name string

@description('Azure region.')
param location string

@description('Tags applied to the identity.')
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: name
  location: location
  tags: tags
}

output id string = identity.id
output clientId string = identity.properties.clientId
output principalId string = identity.properties.principalId
