// Key Vault (RBAC mode) holding the secrets the bot needs: the pseudonym HMAC key, the engagement webhook key
// and, for bots with an Entra app registration, its client secret. App Service resolves them as Key Vault references with the
// managed identity, so the values never appear in app settings or deployment outputs.

@description('Vault name (3-24 letters, digits or dashes, globally unique).')
param name string

@description('Azure region.')
param location string

@description('Tags applied to the vault.')
param tags object

@secure()
@description('HMAC key for customer pseudonyms (CPO_PSEUDONYM_KEY).')
param pseudonymKey string

@secure()
@description('Shared key Event Grid sends to the engagement webhook (CPO_ENGAGEMENT_WEBHOOK_KEY).')
param engagementWebhookKey string

@secure()
@description('Client secret of the bot\'s app registration (MICROSOFT_APP_PASSWORD); empty for a managed-identity bot.')
param botAppPassword string

@description('Principal id of the bot\'s managed identity (reads the secrets).')
param botPrincipalId string

// Built-in role "Key Vault Secrets User": read secret values, nothing else.
var keyVaultSecretsUserRoleId = '4633458b-17de-408a-b874-0445c86b69e6'
var pseudonymKeySecretName = 'cpo-pseudonym-key'
var botAppPasswordSecretName = 'microsoft-app-password'
var engagementWebhookKeySecretName = 'cpo-engagement-webhook-key'

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: name
  location: location
  tags: tags
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    // The pseudonym key cannot be recreated: losing it orphans every stored pseudonym.
    enablePurgeProtection: true
    publicNetworkAccess: 'Enabled'
  }
}

resource pseudonymKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: pseudonymKeySecretName
  properties: {
    value: pseudonymKey
    contentType: 'text/plain'
  }
}

resource engagementWebhookKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: engagementWebhookKeySecretName
  properties: {
    value: engagementWebhookKey
    contentType: 'text/plain'
  }
}

resource botAppPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(botAppPassword)) {
  parent: vault
  name: botAppPasswordSecretName
  properties: {
    value: botAppPassword
    contentType: 'text/plain'
  }
}

resource botSecretsUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, botPrincipalId, keyVaultSecretsUserRoleId)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRoleId)
    principalId: botPrincipalId
    principalType: 'ServicePrincipal'
  }
}

output name string = vault.name
// App setting values. Versionless URIs, so App Service picks up a rotated secret (within 24 hours or on restart).
output pseudonymKeyReference string = '@Microsoft.KeyVault(SecretUri=${pseudonymKeySecret.properties.secretUri})'
output engagementWebhookKeyReference string = '@Microsoft.KeyVault(SecretUri=${engagementWebhookKeySecret.properties.secretUri})'
output botClientCredentialReference string = '@Microsoft.KeyVault(SecretUri=${vault.properties.vaultUri}secrets/${botAppPasswordSecretName})'
