// Azure AI Search service holding the approved-content index (CPO_SEARCH_PROVIDER=azure).
// Keys are disabled: the bot only reads the index with its managed identity; an optional operator
// (a person or a pipeline) gets the roles to create the index and upload approved content.

@description('Search service name (2-60 lowercase letters, digits or dashes, globally unique).')
param name string

@description('Azure region.')
param location string

@description('Tags applied to the service.')
param tags object

@allowed([
  'free'
  'basic'
  'standard'
])
@description('Pricing tier; "free" allows one service per subscription.')
param sku string

@description('Principal id of the bot\'s managed identity.')
param botPrincipalId string

@description('Optional user, group or pipeline identity that maintains the index.')
param operatorPrincipalId string

@allowed([
  'User'
  'Group'
  'ServicePrincipal'
])
param operatorPrincipalType string

// Built-in roles: "Search Index Data Reader", "Search Index Data Contributor", "Search Service Contributor".
var searchIndexDataReaderRoleId = '1407120a-92aa-4202-b7e9-c0e197c71c8f'
var searchIndexDataContributorRoleId = '8ebe5a00-799e-43f5-93ac-243d3dce84a7'
var searchServiceContributorRoleId = '7ca78c08-252a-4471-8644-bb5ff32d4ba0'
// The operator defines the index schema (service contributor) and uploads documents (data contributor).
var indexMaintainerRoleIds = [
  searchIndexDataContributorRoleId
  searchServiceContributorRoleId
]
var operatorRoleIds = empty(operatorPrincipalId) ? [] : indexMaintainerRoleIds

resource search 'Microsoft.Search/searchServices@2023-11-01' = {
  name: name
  location: location
  tags: tags
  sku: {
    name: sku
  }
  properties: {
    replicaCount: 1
    partitionCount: 1
    hostingMode: 'default'
    publicNetworkAccess: 'enabled'
    // Entra ID only; API keys stay unusable even if one leaks.
    disableLocalAuth: true
  }
}

resource botIndexDataReader 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(search.id, botPrincipalId, searchIndexDataReaderRoleId)
  scope: search
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', searchIndexDataReaderRoleId)
    principalId: botPrincipalId
    principalType: 'ServicePrincipal'
  }
}

resource operatorRoles 'Microsoft.Authorization/roleAssignments@2022-04-01' = [for roleId in operatorRoleIds: {
  name: guid(search.id, operatorPrincipalId, roleId)
  scope: search
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', roleId)
    principalId: operatorPrincipalId
    principalType: operatorPrincipalType
  }
}]

output endpoint string = 'https://${search.name}.search.windows.net'
